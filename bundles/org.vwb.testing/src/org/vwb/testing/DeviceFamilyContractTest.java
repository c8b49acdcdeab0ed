package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.Route;
import org.vwb.core.api.family.Charge;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.api.family.PathSite;
import org.vwb.core.api.family.RequestPath;
import org.vwb.core.api.family.Stage;
import org.vwb.model.DeviceKind;

/**
 * The contract every plugin {@link DeviceFamily} keeps, checked without an engine: a site stands in for the
 * engine's and records the stages the family composes. Subclass it with the family and a model of it; vwb's own
 * families, whose paths are the engine's, are checked by the engine's tests instead.
 */
public abstract class DeviceFamilyContractTest {

    /** The family under test. */
    protected abstract DeviceFamily family();

    /** A model that names the family, as a plugin would install it. */
    protected abstract DeviceModel model();

    /** A site that records what the family asked of it. */
    private static final class RecordingSite implements PathSite {
        final boolean exitless;
        final List<List<Stage>> staged = new ArrayList<>();
        int depth;

        RecordingSite(boolean exitless) {
            this.exitless = exitless;
        }

        @Override
        public String device() {
            return "vm / net0";
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.NETWORK;
        }

        @Override
        public Route route() {
            return new Route(ContextKind.WORKER, ContextKind.PARENT, ContextKind.PARENT, false);
        }

        @Override
        public boolean exitlessInterrupts() {
            return exitless;
        }

        @Override
        public boolean physicallyBacked() {
            return true;
        }

        @Override
        public RequestPath staged(String modelId, int queueDepth, List<Stage> reads, List<Stage> writes) {
            Stage.requireRequestPath(modelId, reads);
            Stage.requireRequestPath(modelId, writes);
            depth = queueDepth;
            staged.add(reads);
            staged.add(writes);
            return () -> modelId;
        }
    }

    @Test
    public final void itsIdIsWhatItsModelsNameAndItDescribesItself() {
        String id = family().id();
        assertTrue(id.matches("[a-z0-9][a-z0-9.-]*"), "a lower-case id: " + id);
        assertEquals(id, model().family(), "the model names the family");
        assertFalse(family().description().isBlank());
    }

    @Test
    public final void itBuildsEachDevicesPathFromStagesThatStartAndEndInTheGuest() {
        RecordingSite site = new RecordingSite(false);
        RequestPath path = family().path(model(), site);
        assertEquals(model().id(), path.modelId());
        assertEquals(2, site.staged.size(), "one staged path, for reads and writes");
        assertTrue(site.depth >= 1);
        for (List<Stage> stages : site.staged) {
            for (Stage stage : stages) {
                for (Charge charge : stage.charges()) {
                    assertFalse(charge.note().isBlank(), "every charge says what it is, for vwb explain");
                }
            }
        }
    }

    @Test
    public final void eachDeviceGetsAPathOfItsOwn() {
        RecordingSite one = new RecordingSite(false);
        RecordingSite other = new RecordingSite(false);
        RequestPath first = family().path(model(), one);
        assertNotSame(first, family().path(model(), other));
        assertEquals(2, one.staged.size(), "the first device's site was asked once");
    }

    @Test
    public final void exitlessInterruptsNeverCostMoreExitsThanInterruptsThroughTheHypervisor() {
        RecordingSite exitless = new RecordingSite(true);
        RecordingSite trapped = new RecordingSite(false);
        family().path(model(), exitless);
        family().path(model(), trapped);
        for (int i = 0; i < 2; i++) {
            assertTrue(exits(exitless.staged.get(i)) <= exits(trapped.staged.get(i)),
                    "exits with exitless interrupts: " + exits(exitless.staged.get(i)) + ", without: "
                            + exits(trapped.staged.get(i)));
        }
    }

    private static double exits(List<Stage> stages) {
        return stages.stream().flatMap(s -> s.charges().stream())
                .filter(c -> c.event().counter() == org.vwb.core.api.CostEvent.Counter.EXIT)
                .mapToDouble(Charge::count).sum();
    }
}
