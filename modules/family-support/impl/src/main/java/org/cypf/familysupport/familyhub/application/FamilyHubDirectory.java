package org.cypf.familysupport.familyhub.application;

import java.util.List;
import org.cypf.familysupport.api.familyhub.FamilyHubView;
import org.cypf.familysupport.api.familyhub.FamilyHubs;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.kernel.transaction.UnitOfWork;

public final class FamilyHubDirectory implements FamilyHubs {
    private final UnitOfWork unitOfWork;
    private final FamilyHubRegister register;

    public FamilyHubDirectory(UnitOfWork unitOfWork, FamilyHubRegister register) {
        this.unitOfWork = unitOfWork;
        this.register = register;
    }

    @Override
    public List<FamilyHubView> familyHubs() {
        return unitOfWork.inTransaction(() -> register.all().stream()
                .map(h -> new FamilyHubView(h.id(), h.name(), h.postcode().value(), h.openedOn())).toList());
    }
}
