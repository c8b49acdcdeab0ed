/**
 * The example plugin's workbench view, contributed through DS only ({@code org.vwb.views.ui.ViewContribution}):
 * the selected device as the KVM profile maps it, as an SR-IOV virtual function and with exitless interrupts, the
 * same figures as {@code vwb sriov}, as bar charts drawn with vwb's chart library.
 */
package org.example.sriov.ui;
