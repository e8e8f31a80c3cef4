package org.cypf.educationskills.alternativeprovision.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;
import org.cypf.educationskills.alternativeprovision.domain.ApProvider;
import org.cypf.educationskills.alternativeprovision.domain.ApReason;
import org.cypf.educationskills.alternativeprovision.domain.ApSettingType;
import org.cypf.educationskills.alternativeprovision.port.ApPlacementReader;
import org.cypf.educationskills.alternativeprovision.port.ApPlacements;
import org.cypf.educationskills.api.alternativeprovision.ApPlacementsImported;
import org.cypf.educationskills.api.alternativeprovision.AlternativeProvision;
import org.cypf.educationskills.api.alternativeprovision.ApPlacementView;
import org.cypf.educationskills.api.alternativeprovision.ApPlacementsPage;
import org.cypf.educationskills.api.alternativeprovision.EndApPlacement;
import org.cypf.educationskills.api.alternativeprovision.RecordApPlacement;
import org.cypf.educationskills.shared.application.PupilRecords;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Alternative provision's use cases, each in one unit of work with its access audit (ADR 0048). Input is checked
 * whole before anything is authorised, so a refused request writes nothing, not even an audit row. Recording a
 * placement authorises a CREATE of the pupil's placement record (a UPN seen for the first time is given its child id
 * first, as imports do); reading one pupil's, ending one, and the virtual school's reading of a child in care's go
 * through the guard, so an unknown UPN or id is told only to a caller who could have seen it; a provider's list is
 * scoped to the pupils the caller may list and audited for the page it shows.
 */
public final class AlternativeProvisionService implements AlternativeProvision {
    static final String RECORD = "alternative-provision-placement";
    static final String VIRTUAL_SCHOOL_RECORD = "virtual-school-alternative-provision";

    private final UnitOfWork unitOfWork;
    private final ApPlacements placements;
    private final Pupils pupils;
    private final ContextRecordAccess access;
    private final java.time.Clock clock;
    private final ApPlacementReader reader;

    public AlternativeProvisionService(UnitOfWork unitOfWork, ApPlacements placements, Pupils pupils,
                                       ContextRecordAccess access, java.time.Clock clock) {
        this(unitOfWork, placements, pupils, access, clock, null);
    }

    /** @param reader reads a file of placements, for loads (ADR 0088) */
    public AlternativeProvisionService(UnitOfWork unitOfWork, ApPlacements placements, Pupils pupils,
                                       ContextRecordAccess access, java.time.Clock clock, ApPlacementReader reader) {
        this.unitOfWork = unitOfWork;
        this.placements = placements;
        this.pupils = pupils;
        this.access = access;
        this.clock = clock;
        this.reader = reader;
    }

    @Override
    public ApPlacementsImported importPlacements(Caller caller, String csv) {
        List<ApPlacementReader.Row> rows = reader.read(csv); // a refused file throws before anything is authorised
        return unitOfWork.inTransaction(() -> {
            List<UniquePupilNumber> upns = rows.stream().map(r -> r.placement().upn()).distinct().toList();
            Map<UniquePupilNumber, Pupil> known = pupils.find(upns);
            List<Pupil> firstSeen = upns.stream().filter(u -> !known.containsKey(u)).map(Pupil::firstSeen).toList();
            List<Pupil> all = new ArrayList<>(known.values());
            all.addAll(firstSeen);
            // A data load under the data-sharing agreement (ADR 0044): each pupil audited, one refusal refuses the file.
            access.authoriseAll(caller, new RecordIntent(RECORD, RecordAction.IMPORT,
                    "loading pupils' placements in alternative provision under the data-sharing agreement"),
                    all.stream().map(Pupil::childId).toList());
            firstSeen.forEach(pupils::add);
            List<ApPlacement> held = placements.ofPupils(upns);
            List<ApPlacement> added = new ArrayList<>();
            List<ApPlacement> replaced = new ArrayList<>();
            for (ApPlacementReader.Row row : rows) {
                ApPlacement read = row.placement();
                var before = held.stream().filter(read::samePlacement).findFirst();
                if (before.isEmpty()) {
                    added.add(read);
                } else if (!before.get().sameFacts(read)) {
                    replaced.add(new ApPlacement(before.get().placementId(), read.upn(), read.provider(),
                            read.settingType(), read.reason(), read.startDate(), read.endDate(),
                            read.sessionsPerWeek()));
                }
            }
            placements.addAll(added);
            placements.replaceAll(replaced);
            return new ApPlacementsImported(rows.size(), firstSeen.size(), added.size(), replaced.size(),
                    rows.size() - added.size() - replaced.size());
        });
    }

    @Override
    public ApPlacementView recordPlacement(Caller caller, RecordApPlacement command) {
        var v = new Violations();
        UniquePupilNumber upn = v.required("upn", command.upn(), UniquePupilNumber::parse);
        ApSettingType settingType = code(v, "settingType", command.settingType(), ApSettingType.class);
        ApReason reason = code(v, "reason", command.reason(), ApReason.class);
        ApPlacement.checkDetails(v, command.providerUrn(), command.providerUkprn(), settingType, command.startDate(),
                command.endDate(), command.sessionsPerWeek());
        v.throwIfAny();
        ApPlacement placement = new ApPlacement(UUID.randomUUID(), upn,
                new ApProvider(command.providerUrn(), command.providerUkprn()), settingType, reason,
                command.startDate(), command.endDate(), command.sessionsPerWeek());
        return unitOfWork.inTransaction(() -> {
            Pupil known = pupils.find(List.of(upn)).get(upn);
            Pupil pupil = known != null ? known : Pupil.firstSeen(upn);
            access.authorise(caller, new RecordIntent(RECORD, RecordAction.CREATE,
                    "recording a pupil's placement in alternative provision"), pupil.childId());
            if (known == null) {
                pupils.add(pupil);
            }
            var held = placements.same(placement);
            if (held.isPresent()) {
                if (held.get().sameFacts(placement)) {
                    return view(held.get()); // delivered again: the same placement
                }
                throw new Conflict("a placement of this pupil at this provider from " + placement.startDate()
                        + " is already recorded with other details: end it, or record a new placement");
            }
            placements.add(placement);
            return view(placement);
        });
    }

    @Override
    public ApPlacementView endPlacement(Caller caller, EndApPlacement command) {
        var v = new Violations();
        UUID id = v.required("placementId", command.placementId(), UUID::fromString);
        if (command.endDate() == null) {
            v.add("endDate", "is required");
        } else {
            ApPlacement.checkDay(v, "endDate", command.endDate());
        }
        v.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            ApPlacements.Placed found = PupilRecords.authorised(placements.find(id).orElse(null),
                    guarded(caller, new RecordIntent(RECORD, RecordAction.UPDATE,
                            "ending a pupil's placement in alternative provision"), ApPlacements.Placed::childId),
                    "no placement with this id");
            ApPlacement ended = found.placement().endedOn(command.endDate());
            if (!ended.equals(found.placement())) {
                placements.end(ended);
            }
            return view(ended);
        });
    }

    @Override
    public ApPlacementsPage pupilPlacements(Caller caller, String upnText, int page, int size) {
        var v = new Violations();
        UniquePupilNumber upn = v.required("upn", upnText, UniquePupilNumber::parse);
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            PupilRecords.authorised(pupils.find(List.of(upn)).get(upn), guarded(caller,
                    new RecordIntent(RECORD, RecordAction.READ, "reading a pupil's placements in alternative provision"),
                    Pupil::childId), "no pupil with this UPN");
            List<ApPlacementView> list = placements.ofPupil(upn, PupilRecords.offset(page, size), size).stream()
                    .map(AlternativeProvisionService::view).toList();
            return new ApPlacementsPage(list, page, size, placements.countOfPupil(upn));
        });
    }

    @Override
    public ApPlacementsPage providerPlacements(Caller caller, String providerText, int page, int size) {
        var v = new Violations();
        ApProvider provider = v.required("provider", providerText, ApProvider::parse);
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = new RecordIntent(RECORD, RecordAction.LIST,
                    "listing the pupils placed with an alternative provider");
            ListScope scope = access.listScope(caller, listing, java.time.LocalDate.now(clock));
            List<ApPlacements.Placed> found = placements.atProvider(provider, scope, PupilRecords.offset(page, size),
                    size);
            access.authoriseAll(caller, listing, found.stream().map(ApPlacements.Placed::childId).distinct().toList());
            return new ApPlacementsPage(found.stream().map(p -> view(p.placement())).toList(), page, size,
                    placements.countAtProvider(provider, scope));
        });
    }

    @Override
    public ApPlacementsPage childInCarePlacements(Caller caller, String childIdText, int page, int size) {
        var v = new Violations();
        ChildId child = v.required("childId", childIdText, ChildId::parse);
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            PupilRecords.authorised(placements.everInCare(child) ? child : null, guarded(caller,
                    new RecordIntent(VIRTUAL_SCHOOL_RECORD, RecordAction.READ,
                            "the virtual school reading a child in care's placements in alternative provision"),
                    Function.identity()), "the child has never been on the virtual school's roll");
            List<ApPlacementView> list = placements.ofChildInCare(child, PupilRecords.offset(page, size), size)
                    .stream().map(AlternativeProvisionService::view).toList();
            return new ApPlacementsPage(list, page, size, placements.countOfChildInCare(child));
        });
    }

    static ApPlacementView view(ApPlacement p) {
        return new ApPlacementView(p.placementId().toString(), p.upn().value(), p.provider().urn(),
                p.provider().ukprn(), p.settingType().name(), p.settingType().label(), p.reason().name(),
                p.reason().label(), p.startDate(), p.endDate(), p.sessionsPerWeek());
    }

    /** A code of {@code type}, named by its constant; refused naming the codes allowed. */
    private static <E extends Enum<E>> E code(Violations v, String field, String text, Class<E> type) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        v.add(field, s.isEmpty() ? "is required" : "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** {@code intent} on the record found, or, for a UPN or id that names none, decided before saying so (ADR 0033). */
    private <A> RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent, Function<A, ChildId> childOf) {
        return RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}
