package io.mistral4j.otel;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;

/** Where an observer gets its instruments: a given {@link OpenTelemetry}, or the global one once it is set. */
interface InstrumentsSource {

    /** The instruments, or null while there is nothing to report to. */
    Instruments get();

    static InstrumentsSource of(OpenTelemetry openTelemetry, TelemetrySettings settings) {
        Instruments instruments = new Instruments(openTelemetry, settings);
        return () -> instruments;
    }

    /**
     * {@link GlobalOpenTelemetry}, bound the first time a call starts after it was set (by the
     * OpenTelemetry Java agent or by the application). Until then calls are not reported, and
     * the global is never read with {@code get()}, which would fix it to a no-op forever.
     */
    static InstrumentsSource global(TelemetrySettings settings) {
        return new InstrumentsSource() {
            private volatile Instruments bound;

            @Override
            public Instruments get() {
                Instruments instruments = bound;
                if (instruments == null && GlobalOpenTelemetry.isSet()) {
                    synchronized (this) {
                        if (bound == null) {
                            bound = new Instruments(GlobalOpenTelemetry.get(), settings);
                        }
                        instruments = bound;
                    }
                }
                return instruments;
            }

            @Override
            public String toString() {
                return "GlobalOpenTelemetry" + (bound == null ? " (not set yet)" : "");
            }
        };
    }
}
