package io.mistral4j.it.misbehaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** What a call in a child JVM did, as {@link SmallHeapCall} reported it, plus the child's output. */
final class CaseReport {

    private final Properties facts;
    private final String childOutput;

    CaseReport(Properties facts, String childOutput) {
        this.facts = facts;
        this.childOutput = childOutput;
    }

    /**
     * Asserts that the child reported, its call ended within {@code within} by throwing a
     * {@code type}, and no {@link OutOfMemoryError} happened anywhere in the child.
     */
    CaseReport failedWith(Class<? extends Throwable> type, Duration within) throws ClassNotFoundException {
        assertThat(facts).as("a report from the child JVM; its output:%n%s", tail()).isNotEmpty();
        assertThat(facts.getProperty("ended")).as("the call ended: %s", this).isEqualTo("true");
        assertThat(facts.getProperty("outOfMemory")).as("no OutOfMemoryError: %s", this).isEqualTo("false");
        assertThat(childOutput).as("the child's output").doesNotContain("OutOfMemoryError");
        assertThat(facts.getProperty("failure")).as("what the call threw: %s", this).isNotNull();
        assertThat(Class.forName(facts.getProperty("failure"))).as("what the call threw: %s", this)
                .isAssignableTo(type);
        assertThat(Duration.ofMillis(Long.parseLong(facts.getProperty("elapsedMillis"))))
                .as("time the call took: %s", this).isLessThan(within);
        return this;
    }

    String failure() {
        return facts.getProperty("failure");
    }

    long number(String name) {
        String value = facts.getProperty(name);
        assertThat(value).as("%s in %s", name, this).isNotNull();
        return Long.parseLong(value);
    }

    String text(String name) {
        return facts.getProperty(name, "");
    }

    /** The texts of the events read before the end. */
    List<String> events() {
        String joined = facts.getProperty("events", "");
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u0001"));
    }

    private String tail() {
        return childOutput.length() <= 4000 ? childOutput : "..." + childOutput.substring(childOutput.length() - 4000);
    }

    @Override
    public String toString() {
        if (facts.isEmpty()) {
            return "no report; child output:\n" + tail();
        }
        if (!"true".equals(facts.getProperty("ended"))) {
            return "still running after " + facts.getProperty("elapsedMillis") + " ms";
        }
        return facts.getProperty("failure", "returned") + " " + facts.getProperty("message", "") + " after "
                + facts.getProperty("elapsedMillis") + " ms (ended=" + facts.getProperty("ended") + ", outOfMemory="
                + facts.getProperty("outOfMemory") + ")";
    }
}
