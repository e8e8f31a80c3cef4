package canary.ctx10.socialcare.api.lookedafter;

public interface ChildrenLookedAfter {
    long count();
}
