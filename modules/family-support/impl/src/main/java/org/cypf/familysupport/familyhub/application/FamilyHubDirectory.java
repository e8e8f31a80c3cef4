package org.cypf.familysupport.familyhub.application;

import org.cypf.familysupport.api.familyhub.FamilyHubView;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.transaction.UnitOfWork;

public final class FamilyHubDirectory implements FamilyHubs {
    private final UnitOfWork unitOfWork;
    private final FamilyHubRegister register;

    public FamilyHubDirectory(UnitOfWork unitOfWork, FamilyHubRegister register) {
        this.unitOfWork = unitOfWork;
        this.register = register;
    }

    @Override
    public Page<FamilyHubView> familyHubs(Slice slice) {
        return unitOfWork.inTransaction(() -> register.page(slice)
                .map(h -> new FamilyHubView(h.id(), h.name(), h.postcode().value(), h.openedOn())));
    }
}
