package io.mistral4j.impl.cyclefixture.b;

import io.mistral4j.impl.cyclefixture.a.Left;

/** The other half of the package cycle. */
public final class Right {

    public Left partner() {
        return new Left();
    }
}
