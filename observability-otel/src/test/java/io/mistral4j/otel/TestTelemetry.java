package io.mistral4j.otel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An OpenTelemetry SDK that keeps what it is given in memory: spans as they end, metrics when read. */
final class TestTelemetry implements AutoCloseable {

    final InMemorySpanExporter spanExporter = InMemorySpanExporter.create();
    final InMemoryMetricReader metricReader = InMemoryMetricReader.create();
    final OpenTelemetrySdk sdk;

    private TestTelemetry(boolean withPropagators) {
        var builder = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(SimpleSpanProcessor.create(spanExporter)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metricReader).build());
        if (withPropagators) {
            builder.setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
        }
        this.sdk = builder.build();
    }

    /** An SDK without propagators, as {@code OpenTelemetrySdk.builder()} makes by default. */
    static TestTelemetry create() {
        return new TestTelemetry(false);
    }

    /** An SDK with W3C trace context propagation. */
    static TestTelemetry withW3cPropagation() {
        return new TestTelemetry(true);
    }

    List<SpanData> spans() {
        return spanExporter.getFinishedSpanItems();
    }

    /** The only span ended so far. */
    SpanData onlySpan() {
        assertThat(spans()).hasSize(1);
        return spans().get(0);
    }

    /** Every metric collected now. */
    List<MetricData> metrics() {
        return new ArrayList<>(metricReader.collectAllMetrics());
    }

    Optional<MetricData> metric(String name) {
        return metrics().stream().filter(metric -> metric.getName().equals(name)).findFirst();
    }

    /** The points of a histogram collected now; empty when nothing was recorded. */
    List<HistogramPointData> points(String name) {
        return metric(name).map(metric -> List.copyOf(metric.getHistogramData().getPoints())).orElse(List.of());
    }

    @Override
    public void close() {
        sdk.close();
    }
}
