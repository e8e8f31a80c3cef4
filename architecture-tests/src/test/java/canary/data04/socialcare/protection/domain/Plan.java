package canary.data04.socialcare.protection.domain;

import canary.data04.kernel.change.Rebuild;

/** An aggregate with one rebuild factory and a private constructor; its domain method may use the constructor. */
public final class Plan {
    private final String category;
    private final long version;

    private Plan(String category, long version) {
        this.category = category;
        this.version = version;
    }

    @Rebuild
    public static Plan rebuild(String category, long version) {
        return new Plan(category, version);
    }

    /** Allowed: a domain method makes the next version through the private constructor, not through rebuild. */
    public Plan review(String newCategory) {
        return new Plan(newCategory, version + 1);
    }

    public String category() {
        return category;
    }
}
