package no.planstatus.common;

/** A response record of a mutable resource: its version is the resource's ETag. */
public interface Versioned {

    long version();
}
