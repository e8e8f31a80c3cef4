package org.cypf.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * The social workers who record the synthetic authority's children (ADR 0090): {@code sw.smith}, the development
 * issuer's social worker, records the demo authority's children (the first 200, {@link AuthoritySize#DEMO}: at the demo size
 * she records every child, so her work queues are the demo's), and every later child is recorded by a generated worker
 * of the council, {@code sw.0001}, {@code sw.0002}, ..., each with a caseload of {@value #FEWEST} to {@value #MOST}
 * children in the order of their numbers. A worker's caseload is drawn from the seed and the worker's number, so who
 * records a child follows from the seed and the child's number alone: not from the authority's size, nor from how
 * many threads write it. The recorder of a child's contact records all the child's history, so is involved with the
 * child as its records' creator (ADR 0032), and with no other child.
 */
final class Workforce {
    /** The children {@code sw.smith} records: the demo authority's ({@link AuthoritySize#DEMO}). */
    static final int DEMO_CASELOAD = AuthoritySize.DEMO.children();
    /** A generated worker's fewest children (UK social workers average about 16 to 20, rarely above 30). */
    static final int FEWEST = 20;
    /** A generated worker's most children. */
    static final int MOST = 25;
    static final String ORGANISATION = "council";
    static final String ROLE = "social-worker";

    private final List<Caller> workers;
    /** The number of each worker's first child, ascending; the worker's last is the next worker's first less one. */
    private final int[] firsts;
    private final int children;

    private Workforce(List<Caller> workers, int[] firsts, int children) {
        this.workers = List.copyOf(workers);
        this.firsts = firsts;
        this.children = children;
    }

    /** The workers who record an authority of {@code children} children generated from {@code seed}. */
    static Workforce of(long seed, int children) {
        List<Caller> workers = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        workers.add(SyntheticAuthority.SOCIAL_WORKER);
        firsts.add(0);
        int next = DEMO_CASELOAD;
        for (int w = 1; next < children; w++) {
            workers.add(new Caller(id(w), ORGANISATION, ROLE, null));
            firsts.add(next);
            next += caseload(seed, w);
        }
        return new Workforce(workers, firsts.stream().mapToInt(Integer::intValue).toArray(), children);
    }

    /** The user id of generated worker {@code n} (from 1): {@code sw.0001}, four digits or more. */
    static String id(int n) {
        return String.format("sw.%04d", n);
    }

    /** How many children generated worker {@code n} records when the authority is large enough to give them all. */
    static int caseload(long seed, int n) {
        // Mixed as a child's seed is, from another stream of the seed, so caseloads are unrelated to children's draws.
        return FEWEST + (int) Math.floorMod(SyntheticAuthority.childSeed(~seed, n), (long) (MOST - FEWEST + 1));
    }

    /** Who records child {@code child} (from 0) and all its history. */
    Caller recorderOf(int child) {
        if (child < 0 || child >= children) {
            throw new IllegalArgumentException("child must be 0 to " + (children - 1) + ", not " + child);
        }
        int at = Arrays.binarySearch(firsts, child);
        return workers.get(at >= 0 ? at : -at - 2);
    }

    /** The workers, {@code sw.smith} first. */
    List<Caller> workers() {
        return workers;
    }

    /** How many children worker {@code index} of {@link #workers()} records in this authority. */
    int caseloadOf(int index) {
        int end = index + 1 < firsts.length ? firsts[index + 1] : children;
        return Math.min(end, children) - firsts[index];
    }
}
