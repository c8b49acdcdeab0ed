package org.vwb.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualMachine;
import org.vwb.model.VwbPackage;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.provider.VwbItemProviderAdapterFactory;
import org.vwb.testing.Examples;

/** The generated item providers over the seed example: the tree, labels and properties the workbench shows. */
class ItemProvidersTest {

    private final ComposedAdapterFactory adapters = new ComposedAdapterFactory();
    private Model seed;

    @BeforeEach
    void load() throws Exception {
        adapters.addAdapterFactory(new VwbItemProviderAdapterFactory());
        seed = ModelFiles.load(Examples.path("seed/esx-vs-hyperv.vwb"));
    }

    @Test
    void theModelsChildrenAreItsHostsConfigurationsAndScenarios() {
        Collection<?> children = tree(seed).getChildren(seed);
        assertEquals(seed.getHosts().size() + seed.getConfigurations().size() + seed.getScenarios().size(),
                children.size());
        assertTrue(children.containsAll(seed.getConfigurations()));
    }

    @Test
    void aConfigurationShowsItsHypervisorPartitionsVirtualMachinesAndDrivers() {
        Configuration hyperV = seed.getConfigurations().get(1);
        List<Object> children = new ArrayList<>(tree(hyperV).getChildren(hyperV));
        assertTrue(children.contains(hyperV.getHypervisor()));
        assertTrue(children.contains(hyperV.getParentPartition()));
        assertTrue(children.containsAll(hyperV.getVirtualMachines()));
        assertTrue(children.containsAll(hyperV.getDrivers()));
    }

    @Test
    void labelsNameTheTypeAndTheElement() {
        VirtualMachine legacy = seed.getConfigurations().get(1).getVirtualMachines().get(1);
        IItemLabelProvider labels = (IItemLabelProvider) adapters.adapt(legacy, IItemLabelProvider.class);
        assertEquals("Virtual Machine legacy-vm", labels.getText(legacy));
        assertNotNull(labels.getImage(legacy), "the generated icon");
    }

    @Test
    void aPropertyEditIsOneCommandThatUndoesExactly() {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
        VirtualMachine legacy = seed.getConfigurations().get(1).getVirtualMachines().get(1);
        IItemPropertySource properties = (IItemPropertySource) adapters.adapt(legacy, IItemPropertySource.class);
        IItemPropertyDescriptor vcpus = properties.getPropertyDescriptor(legacy, VwbPackage.Literals.PARTITION__VCPUS);
        assertNotNull(vcpus, "vcpus is an editable property of a virtual machine");

        domain.getCommandStack().execute(SetCommand.create(domain, legacy, VwbPackage.Literals.PARTITION__VCPUS, 4));
        assertEquals(4, legacy.getVcpus());
        assertTrue(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());

        domain.getCommandStack().undo();
        assertEquals(1, legacy.getVcpus());
        assertFalse(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
    }

    private ITreeItemContentProvider tree(Object element) {
        return (ITreeItemContentProvider) adapters.adapt(element, ITreeItemContentProvider.class);
    }
}
