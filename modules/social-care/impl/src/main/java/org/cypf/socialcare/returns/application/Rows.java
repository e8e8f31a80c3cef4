package org.cypf.socialcare.returns.application;

import java.time.LocalDate;

/** The rows of the SSDA903 files, parsed; {@code line} is where the row is in its file (the header is line 1). */
final class Rows {
    private Rows() {}

    interface Row {
        int line();

        String child();
    }

    record Header(int line, String child, String sex, LocalDate dob, String ethnic, String upn, String mother,
                  LocalDate motherChildDob) implements Row {}

    record EpisodeRow(int line, String child, LocalDate decom, String rne, String ls, String cin, String place,
                      String provider, LocalDate dec, String rec, String reasonPlaceChange, String homePost,
                      String placementPost, String urn) implements Row {}

    record Review(int line, String child, LocalDate dob, LocalDate review, String code) implements Row {}

    record Uasc(int line, String child, String sex, LocalDate dob, LocalDate duc) implements Row {}

    record Missing(int line, String child, LocalDate dob, String kind, LocalDate start, LocalDate end) implements Row {}

    record Oc3(int line, String child, LocalDate dob, String inTouch, String activity, String accommodation)
            implements Row {}

    record Ad1(int line, String child, LocalDate dob, LocalDate dateInt, LocalDate dateMatch, Boolean fosterCare,
               Integer numberOfAdopters, String sexOfAdopters, String legalStatusOfAdopters) implements Row {}

    record PlacedAdoption(int line, String child, LocalDate dob, LocalDate datePlaced, LocalDate datePlacedCeased,
                          String reasonPlacedCeased) implements Row {}

    record PrevPerm(int line, String child, LocalDate dob, String prevPerm, String laPerm, LocalDate datePerm)
            implements Row {}
}
