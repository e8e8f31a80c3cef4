package org.cypf.familysupport.directory.port;

import org.cypf.familysupport.directory.domain.DirectoryFeed;

/**
 * Reads another directory's feed. Refuses it whole (an InvalidInput naming each field by its path in the feed
 * and the rule it breaks) when any record cannot be mapped, so an import stores all or nothing.
 */
public interface FeedFormat {
    DirectoryFeed read(String source, String feed);
}
