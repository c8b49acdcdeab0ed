package org.vwb.ui.tests;

import org.vwb.model.Configuration;
import org.vwb.testing.Examples;
import org.vwb.testing.ui.StandInContext;
import org.vwb.testing.ui.ViewContributionContractTest;
import org.vwb.ui.internal.session.Documents;
import org.vwb.views.ui.ViewContext;
import org.vwb.views.ui.ViewContribution;

/** The sample contribution the workbench's tests register passes the contract every plugin's view runs. */
class SampleViewContractTest extends ViewContributionContractTest {

    @Override
    protected ViewContribution contribution() {
        return new SampleView();
    }

    @Override
    protected ViewContext context() {
        Workbench workbench = new Workbench();
        Configuration hyperV = new Documents(workbench.session().services().importers())
                .open(Examples.path("seed/esx-vs-hyperv.vwb")).configurations().get(1);
        return StandInContext.selecting(hyperV, hyperV, workbench.session().services().simulator().prepare(hyperV));
    }
}
