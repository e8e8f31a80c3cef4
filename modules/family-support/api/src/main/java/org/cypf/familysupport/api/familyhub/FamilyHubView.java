package org.cypf.familysupport.api.familyhub;

import java.time.LocalDate;
import java.util.UUID;

public record FamilyHubView(UUID hubId, String name, String postcode, LocalDate openedOn) {}
