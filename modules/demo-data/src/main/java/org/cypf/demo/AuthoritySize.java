package org.cypf.demo;

/**
 * How big an authority to write: the children who come to the front door (every other record follows from them in
 * fixed proportions, ADR 0090).
 *
 * @param children children contacted about, each with a contact and, for some, a referral, an assessment, a child
 *                 protection plan or a period of care
 */
public record AuthoritySize(int children) {
    /** The demo data set: loads in well under a minute and fills the dashboard and the work queues. */
    public static final AuthoritySize DEMO = new AuthoritySize(200);
    /** A national-size authority (issue 16): about 150,000 children and 1,000,000 case events. */
    public static final AuthoritySize LARGE = new AuthoritySize(150_000);

    public AuthoritySize {
        if (children < 1 || children > 1_000_000) {
            throw new IllegalArgumentException("children must be 1 to 1,000,000, not " + children);
        }
    }
}
