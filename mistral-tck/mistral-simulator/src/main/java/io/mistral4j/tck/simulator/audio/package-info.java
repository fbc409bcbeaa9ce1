/** Audio to send to the simulator: WAV files made in memory or generated as they are read. */
package io.mistral4j.tck.simulator.audio;
