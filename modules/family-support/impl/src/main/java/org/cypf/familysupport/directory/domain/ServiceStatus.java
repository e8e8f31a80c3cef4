package org.cypf.familysupport.directory.domain;

import java.util.Arrays;
import java.util.Optional;

/** ORUK's service status codes. */
public enum ServiceStatus {
    ACTIVE("active"), INACTIVE("inactive"), DEFUNCT("defunct"), TEMPORARILY_CLOSED("temporarily closed");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ServiceStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
