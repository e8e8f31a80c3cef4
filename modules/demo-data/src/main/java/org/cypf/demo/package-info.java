/**
 * The synthetic authority (ADR 0090): a deterministic generator that writes children, their case histories and the
 * seed strategies' observations through the contexts' published apis only, so every record it makes has been
 * checked, authorised, audited and published exactly as a practitioner's would be. At a small size it is the demo
 * data set of the run command; at a large size, the authority the benchmarks measure.
 */
package org.cypf.demo;
