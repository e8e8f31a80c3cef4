package org.cypf.socialcare.returns;

/** A CIN census message of the 2024-25 collection (reference date 31 March 2025) around the tests' own children. */
public final class CinCensusMessages {
    private CinCensusMessages() {}

    /** The whole XML document, {@code children} being {@code <Child>} elements written one after another. */
    public static String of(String children) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message>
                  <Header>
                    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
                    <Source><SourceLevel>L</SourceLevel><LEA>861</LEA><SoftwareCode>OtherSystem</SoftwareCode></Source>
                  </Header>
                  <Children>
                """ + children + """
                  </Children>
                </Message>
                """;
    }
}
