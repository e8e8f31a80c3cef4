package canary.data04.socialcare.protection.domain;

import canary.data04.kernel.change.Rebuild;

/** A value whose rebuild path is a constructor marked @Rebuild. */
public final class Review {
    private final String date;

    @Rebuild
    public Review(String date) {
        this.date = date;
    }

    public String date() {
        return date;
    }
}
