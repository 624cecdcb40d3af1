package dk.tvaers.access;

import java.util.Set;

/**
 * Whether a record exists, answered by the module that holds records of the type (family for cases and persons,
 * adult for courses), so that access reads no other module's tables. Every {@link RecordType} has exactly one.
 */
public interface RecordDirectory {

    /** The record types this directory answers for. */
    Set<RecordType> types();

    /** Whether a record of the type (one of {@link #types()}) has this key. */
    boolean exists(RecordType type, String key);
}
