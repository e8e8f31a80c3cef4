package org.cypf.familysupport.family.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.familysupport.api.family.AddChildToFamily;
import org.cypf.familysupport.api.family.Families;
import org.cypf.familysupport.api.family.FamilyChild;
import org.cypf.familysupport.api.family.FamilyView;
import org.cypf.familysupport.api.family.FormFamily;
import org.cypf.familysupport.api.family.RemoveChildFromFamily;
import org.cypf.familysupport.family.domain.Family;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Family groupings (ADR 0069). Which children are siblings is itself about each of them, so every use case authorises
 * and audits each child it names through the access port, after the command is read and checked (refused input
 * writes nothing, not even an audit row): one refusal refuses the whole change or read.
 */
public final class FamilyService implements Families {
    private static final String RECORD = "family";

    private final UnitOfWork unitOfWork;
    private final FamilyGroupings families;
    private final ContextRecordAccess access;
    private final Clock clock;

    public FamilyService(UnitOfWork unitOfWork, FamilyGroupings families, ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.families = families;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public FamilyView form(Caller caller, FormFamily c) {
        List<ChildId> children = Family.children(c.childIds(), c.formedOn(), LocalDate.now(clock));
        return unitOfWork.inTransaction(() -> {
            access.authoriseAll(caller, intent(RecordAction.CREATE, "recording a family's children"), children);
            Map<ChildId, FamilyId> already = families.familiesOf(children);
            if (!already.isEmpty()) {
                var v = new org.cypf.kernel.problem.Violations();
                for (int i = 0; i < children.size(); i++) {
                    if (already.containsKey(children.get(i))) {
                        v.add("childIds[" + i + "]", "is already in a family grouping: add the other children to it");
                    }
                }
                v.throwIfAny();
            }
            Family family = Family.formed(FamilyId.newId(), children, c.formedOn());
            stored(family);
            return view(family);
        });
    }

    @Override
    public FamilyView addChild(Caller caller, AddChildToFamily c) {
        ChildId child = Family.child("childId", c.childId());
        LocalDate today = LocalDate.now(clock);
        if (c.addedOn().isAfter(today)) {
            throw InvalidInput.of("addedOn", "must not be in the future");
        }
        RecordIntent adding = intent(RecordAction.UPDATE, "adding a child to a family");
        return unitOfWork.inTransaction(() -> {
            Family family = families.find(FamilyId.of(c.familyId()), true).orElseGet(() -> {
                access.authoriseMissing(caller, adding);
                throw new NotFound("no family " + c.familyId());
            });
            List<ChildId> named = new ArrayList<>(family.childIds());
            if (!family.has(child)) {
                named.add(child);
            }
            access.authoriseAll(caller, adding, named);
            Family changed = family.withChild(child, c.addedOn(), today);
            if (families.familiesOf(List.of(child)).containsKey(child)) {
                throw InvalidInput.of("childId", "is already in another family grouping");
            }
            stored(changed);
            return view(changed);
        });
    }

    @Override
    public FamilyView removeChild(Caller caller, RemoveChildFromFamily c) {
        if (c.familyId() == null) {
            throw InvalidInput.of("familyId", "is required");
        }
        ChildId child = Family.child("childId", c.childId());
        RecordIntent removing = intent(RecordAction.UPDATE, "removing a child from a family");
        return unitOfWork.inTransaction(() -> {
            Family family = families.find(FamilyId.of(c.familyId()), true).orElseGet(() -> {
                access.authoriseMissing(caller, removing);
                throw new NotFound("no family " + c.familyId());
            });
            // Every child in the family, the one removed too, as for an addition; a child named who is not in it is
            // authorised as well, so a refusal cannot tell whether the child is one of this family's.
            List<ChildId> named = new ArrayList<>(family.childIds());
            if (!family.has(child)) {
                named.add(child);
            }
            access.authoriseAll(caller, removing, named);
            Family changed = family.withoutChild(child);
            families.replace(changed);
            return view(changed);
        });
    }

    @Override
    public FamilyView family(Caller caller, UUID familyId) {
        RecordIntent viewing = intent(RecordAction.READ, "viewing a family's children");
        return unitOfWork.inTransaction(() -> {
            Family family = families.find(FamilyId.of(familyId), false).orElseGet(() -> {
                access.authoriseMissing(caller, viewing);
                throw new NotFound("no family " + familyId);
            });
            access.authoriseAll(caller, viewing, family.childIds());
            return view(family);
        });
    }

    private void stored(Family family) {
        if (!families.store(family)) {
            throw new Conflict("a child of the family was put in another family grouping at the same time: try again");
        }
    }

    private static FamilyView view(Family family) {
        return new FamilyView(family.id().value(), family.children().stream()
                .map(m -> new FamilyChild(m.child().toString(), m.addedOn())).toList());
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }
}
