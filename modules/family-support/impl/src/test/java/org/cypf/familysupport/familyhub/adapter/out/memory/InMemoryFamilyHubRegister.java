package org.cypf.familysupport.familyhub.adapter.out.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.domain.OpeningTime;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Family Hubs and their opening times in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code FamilyHubRegisterContract} as the jOOQ adapter does: hubs registered with {@link #register(FamilyHub)} (the
 * migration's or seed's part) or added and changed through the port, opening times replaced whole in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A hub read for update holds its lock to the unit of work's
 * end, as the database's row lock does.
 */
public final class InMemoryFamilyHubRegister implements FamilyHubRegister {
    /** By first day, then opening time, then schedule id, as the jOOQ adapter reads them. */
    private static final Comparator<OpeningTime> BY_FIRST_DAY = Comparator
            .comparing((OpeningTime t) -> t.days().stream().sorted().findFirst().orElseThrow())
            .thenComparing(OpeningTime::opensAt).thenComparing(OpeningTime::scheduleId);
    /** By name, then id, as the jOOQ adapter pages them. */
    private static final Comparator<FamilyHub> BY_NAME = Comparator.comparing(FamilyHub::name)
            .thenComparing(h -> h.id().toString());

    private final InMemoryRows<UUID, FamilyHub> hubs = new InMemoryRows<>();
    private final InMemoryRows<UUID, List<OpeningTime>> openingTimes = new InMemoryRows<>();

    /** Registers a hub in the caller's unit of work, as a migration or the seeds do for the jOOQ register. */
    public void register(FamilyHub hub) {
        hubs.lock(hub.id());
        hubs.put(hub.id(), hub);
    }

    @Override
    public void add(FamilyHub hub) {
        hubs.lock(hub.id());
        if (hubs.find(hub.id()).isPresent() || named(hub)) {
            throw new Conflict("a Family Hub is registered under this id or name already");
        }
        hubs.put(hub.id(), hub);
    }

    @Override
    public void update(FamilyHub hub, long expectedVersion) {
        hubs.lock(hub.id());
        if (hubs.find(hub.id()).filter(h -> h.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the Family Hub", expectedVersion);
        }
        if (named(hub)) {
            throw new Conflict("another Family Hub has this name");
        }
        hubs.put(hub.id(), hub);
    }

    /** Whether another hub has {@code hub}'s name: unique, as the table's constraint keeps it. */
    private boolean named(FamilyHub hub) {
        hubs.lock("name " + hub.name()); // as the unique index does: of two at once, the second sees the first
        return !hubs.where(h -> h.name().equals(hub.name()) && !h.id().equals(hub.id())).isEmpty();
    }

    @Override
    public Page<FamilyHub> page(String locality, Slice slice) {
        // equal ignoring case, as the jOOQ adapter's lower(locality) compares
        List<FamilyHub> all = hubs.where(h -> locality == null || (h.locality() != null
                        && h.locality().toLowerCase(Locale.ROOT).equals(locality.toLowerCase(Locale.ROOT))))
                .stream().sorted(BY_NAME).toList();
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    @Override
    public Optional<FamilyHub> hub(UUID hubId, boolean forUpdate) {
        if (forUpdate) {
            hubs.lock(hubId);
        }
        return hubs.find(hubId);
    }

    @Override
    public List<OpeningTime> openingTimes(UUID hubId) {
        return openingTimes.find(hubId).orElse(List.of()).stream().sorted(BY_FIRST_DAY).toList();
    }

    @Override
    public void replaceOpeningTimes(UUID hubId, List<OpeningTime> times, String recordedBy, Instant at) {
        openingTimes.put(hubId, List.copyOf(times));
    }
}
