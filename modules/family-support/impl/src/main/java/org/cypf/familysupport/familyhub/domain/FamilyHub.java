package org.cypf.familysupport.familyhub.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;

/** A Family Hub: a place where families get help, from birth to 19 (25 with SEND). */
public record FamilyHub(UUID id, String name, Postcode postcode, LocalDate openedOn) {}
