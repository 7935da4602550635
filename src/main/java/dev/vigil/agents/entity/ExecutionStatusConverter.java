package dev.vigil.agents.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores statuses by their wire name, so SQL written by hand (leases, reports) reads the same words as the API. */
@Converter(autoApply = true)
public class ExecutionStatusConverter implements AttributeConverter<ExecutionStatus, String> {

    @Override
    public String convertToDatabaseColumn(ExecutionStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public ExecutionStatus convertToEntityAttribute(String column) {
        return column == null
                ? null
                : ExecutionStatus.fromWireName(column)
                        .orElseThrow(
                                () -> new IllegalStateException("Unknown execution status in the database: " + column));
    }
}
