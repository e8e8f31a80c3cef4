package org.cypf.socialcare.api.returns;

/**
 * The two layouts of the SSDA903 return, holding the same content: the DfE's CSV files (header.csv, episodes.csv...)
 * or one XML document, {@code <Children><Child><Header>..</Header><Episodes><Episode>..}, the child's records
 * inside their {@code <Child>} (docs/guides/integrators-ssda903.md).
 */
public enum Ssda903Layout {
    CSV,
    XML
}
