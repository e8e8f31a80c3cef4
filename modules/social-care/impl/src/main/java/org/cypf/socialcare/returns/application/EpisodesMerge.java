package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.socialcare.api.event.ChildEnteredCare;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The episodes file, child by child: an episode held (same DECOM) must match the row, which may only end it if it is
 * open; a new episode is added. The child's episodes held and in the file must then fit together as a history
 * ({@link PeriodOfCare#checkHistory}) without joining two periods held apart; a new period that began in the year
 * starts with RNE S. Each new period still open is announced ({@code ChildEnteredCare}) once written.
 */
final class EpisodesMerge extends FileMerge {
    private final IntegrationEvents events;
    /** Each postcode text of the file read once: the same placement or home recurs across a return's episodes. */
    private final Map<String, Postcode> postcodes = new HashMap<>();

    EpisodesMerge(Merging m, IntegrationEvents events) {
        super(m);
        this.events = events;
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.EPISODES);
        Map<String, List<Ssda903Rows.EpisodeRow>> byChild = new LinkedHashMap<>();
        m.rows.episodes().forEach(e -> byChild.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e));
        List<ChildId> existing = List.copyOf(m.existingChildren());
        Map<ChildId, List<PeriodOfCare>> held = new HashMap<>();
        m.ports.episodes().forChildren(existing).forEach(p -> held.computeIfAbsent(p.childId(), c -> new ArrayList<>()).add(p));
        for (Child child : m.children.values()) {
            m.periods.put(child.id(), held.getOrDefault(child.id(), List.of()));
        }
        byChild.forEach((childRef, rows) -> {
            Child child = m.children.get(childRef);
            if (child != null) {
                mergeEpisodes(file, child, rows, held.getOrDefault(child.id(), List.of()));
            }
        });
    }

    private void mergeEpisodes(String file, Child child, List<Ssda903Rows.EpisodeRow> rows, List<PeriodOfCare> held) {
        Map<UUID, UUID> periodOf = new HashMap<>();
        Map<UUID, PeriodOfCare> heldPeriods = new HashMap<>();
        List<Episode> all = new ArrayList<>();
        for (PeriodOfCare p : held) {
            heldPeriods.put(p.id(), p);
            for (Episode e : p.episodes()) {
                periodOf.put(e.id(), p.id());
                all.add(e);
            }
        }
        Map<UUID, Integer> lineOf = new HashMap<>();
        Set<UUID> touched = new HashSet<>();
        boolean rowsOk = true;
        for (Ssda903Rows.EpisodeRow row : rows) {
            Episode match = all.stream().filter(e -> e.startDate().equals(row.decom())).findFirst().orElse(null);
            if (match == null) {
                // A new episode gets its id (a secure random one) only when it is new, not for every row compared.
                Episode fromRow = new Episode(UUID.randomUUID(), row.decom(), row.rne(), row.ls(), row.cin(),
                        row.place(), row.provider(), postcode(row.placementPost()), postcode(row.homePost()), row.urn(),
                        row.dec(), row.rec(), row.reasonPlaceChange());
                all.add(fromRow);
                lineOf.put(fromRow.id(), row.line());
                touched.add(fromRow.id());
                m.added(Ssda903File.EPISODES, child.localChildId());
                continue;
            }
            lineOf.put(match.id(), row.line());
            int before = m.errors.count();
            compare(file, row.line(), "RNE", match.reasonForNewEpisode(), row.rne());
            compare(file, row.line(), "LS", match.legalStatus(), row.ls());
            compare(file, row.line(), "CIN", match.categoryOfNeed(), row.cin());
            compare(file, row.line(), "PLACE", match.placementType(), row.place());
            compare(file, row.line(), "PLACE_PROVIDER", ReturnExport.providerReturned(match), row.provider());
            compare(file, row.line(), "HOME_POST", text(match.homePostcode()), row.homePost());
            compare(file, row.line(), "PL_POST", text(match.placementPostcode()), row.placementPost());
            compare(file, row.line(), "URN", match.placementUrn(), row.urn());
            if (row.dec() == null) {
                if (match.endDate() != null && !match.endDate().isAfter(m.year.to())) {
                    m.errors.add(file, row.line(), "DEC", Ssda903OwnChecks.HELD, "is blank, but the episode is recorded as ended in the "
                            + "collection year");
                } else if (match.endDate() == null) {
                    // REASON_PLACE_CHANGE belongs to an ended episode; a row open at 31 March leaves it blank.
                    compare(file, row.line(), "REASON_PLACE_CHANGE", match.reasonPlaceChange(), row.reasonPlaceChange());
                }
            } else if (match.endDate() == null) {
                all.set(all.indexOf(match), fromRowKeepingId(match, row));
                touched.add(match.id());
            } else {
                compare(file, row.line(), "DEC", match.endDate(), row.dec());
                compare(file, row.line(), "REC", match.reasonCeased(), row.rec());
                compare(file, row.line(), "REASON_PLACE_CHANGE", match.reasonPlaceChange(), row.reasonPlaceChange());
            }
            if (m.errors.count() > before) {
                rowsOk = false;
            } else if (touched.contains(match.id())) {
                m.changed(Ssda903File.EPISODES, child.localChildId());
            } else {
                m.unchanged(Ssda903File.EPISODES, child.localChildId());
            }
        }
        if (!rowsOk || touched.isEmpty()) {
            return;
        }
        all.sort(Comparator.comparing(Episode::startDate)
                .thenComparing(e -> e.endDate() == null ? LocalDate.MAX : e.endDate()));
        int firstLine = rows.stream().mapToInt(Ssda903Rows.EpisodeRow::line).min().orElse(1);
        List<PeriodOfCare.HistoryProblem> problems = PeriodOfCare.checkHistory(all);
        for (PeriodOfCare.HistoryProblem p : problems) {
            Integer line = lineOf.get(all.get(p.episode()).id());
            m.errors.add(file, line != null ? line : firstLine, line != null ? p.column() : "CHILD", line != null
                    ? p.reason() : "the child's episodes in CYPF and in the file do not fit together: " + p.reason());
        }
        if (!problems.isEmpty()) {
            return;
        }
        List<PeriodOfCare> after = new ArrayList<>();
        for (List<Episode> episodes : PeriodOfCare.periodsOf(all)) {
            Set<UUID> heldIds = new HashSet<>();
            episodes.forEach(e -> {
                if (periodOf.containsKey(e.id())) {
                    heldIds.add(periodOf.get(e.id()));
                }
            });
            Episode first = episodes.getFirst();
            if (heldIds.size() > 1) {
                Integer line = episodes.stream().map(e -> lineOf.get(e.id())).filter(Objects::nonNull).findFirst().orElse(firstLine);
                m.errors.add(file, line, "DECOM", Ssda903OwnChecks.HELD, "would join two periods of care recorded separately in CYPF");
                continue;
            }
            if (heldIds.isEmpty()) {
                if (!first.startsAPeriod() && !first.startDate().isBefore(m.year.from())) {
                    m.errors.add(file, lineOf.get(first.id()), "RNE", "357", "must be S: a period of care that began in the "
                            + "collection year starts with S (its earlier episodes would be in this file)");
                    continue;
                }
                PeriodOfCare created = PeriodOfCare.imported(UUID.randomUUID(), child.id(), episodes);
                after.add(created);
                m.newPeriods.add(child.localChildId(), created);
                m.newPeriodIds.add(created.id());
                if (created.isOpen()) {
                    m.newEvents.add(child.localChildId(), new ChildEnteredCare(child.id().toString(), created.id(),
                            created.startDate(), child.dateOfBirth(), child.upn() == null ? null : child.upn().value(),
                            first.legalStatus(), first.placementType()));
                }
            } else {
                PeriodOfCare was = heldPeriods.get(heldIds.iterator().next());
                PeriodOfCare now = was.importHistory(episodes).after();
                after.add(now);
                if (episodes.stream().anyMatch(e -> touched.contains(e.id()))) {
                    m.writeFirst(child.localChildId(), () -> m.ports.periods().update(now, was.version()));
                }
            }
        }
        m.periods.put(child.id(), after);
    }

    private static Episode fromRowKeepingId(Episode held, Ssda903Rows.EpisodeRow row) {
        return new Episode(held.id(), held.startDate(), held.reasonForNewEpisode(), held.legalStatus(),
                held.categoryOfNeed(), held.placementType(), held.placementProvider(), held.placementPostcode(),
                held.homePostcode(), held.placementUrn(), row.dec(), row.rec(), row.reasonPlaceChange());
    }

    private void compare(String file, int line, String column, Object held, Object given) {
        if (!Objects.equals(held, given)) {
            m.errors.add(file, line, column, Ssda903OwnChecks.HELD, "differs from the episode recorded in CYPF");
        }
    }

    private Postcode postcode(String text) {
        return text == null ? null : postcodes.computeIfAbsent(text, Postcode::parse);
    }

    private static String text(Postcode postcode) {
        return postcode == null ? null : postcode.value();
    }
}
