package org.cypf.familysupport.api.directory;

import java.util.UUID;

/**
 * What an import did.
 *
 * @param alreadyReceived the same feed from the same source was imported before; nothing changed
 */
public record DirectoryFeedImported(UUID feedId, boolean alreadyReceived, int organizations, int services,
                                    int taxonomyTerms, int serviceAtLocations) {}
