package canary.demo02.demo;

/** The demo data generator. */
public class SyntheticAuthority {
    public int children() {
        return 200;
    }
}
