package dev.camelclado.sandbox;

import java.time.Instant;

/**
 * A job entering a status at an instant of the sandbox clock: the truth a poller's detections are measured
 * against ({@link CladoSandbox#statusChanges(String)}).
 */
public record StatusChange(String status, Instant at) {
}
