package org.cypf.kernel.change;

/**
 * Something that happened to an aggregate, said in its context's own words and raised by the aggregate itself
 * (a period of care ended, a plan started). The application translates it into the integration event the context
 * publishes, so the aggregate decides <em>what</em> happened and the published language stays in the api artifact,
 * which the domain may not depend on.
 */
public interface DomainEvent {
}
