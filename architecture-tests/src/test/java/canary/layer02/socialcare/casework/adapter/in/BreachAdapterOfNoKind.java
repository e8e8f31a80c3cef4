package canary.layer02.socialcare.casework.adapter.in;

/** Breach: an incoming adapter must sit in a named kind (adapter.in.http, adapter.in.event, ...). */
public class BreachAdapterOfNoKind {
}
