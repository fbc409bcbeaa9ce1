package io.mistral4j.tck.simulator.cyclefixture.a;

import io.mistral4j.tck.simulator.cyclefixture.b.Right;

/** Half of a package cycle the cycle rule must report; test code only, never in the real import. */
public final class Left {

    public Right partner() {
        return new Right();
    }
}
