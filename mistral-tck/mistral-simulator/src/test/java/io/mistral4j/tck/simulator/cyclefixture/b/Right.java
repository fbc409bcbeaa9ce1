package io.mistral4j.tck.simulator.cyclefixture.b;

import io.mistral4j.tck.simulator.cyclefixture.a.Left;

/** The other half of the package cycle. */
public final class Right {

    public Left partner() {
        return new Left();
    }
}
