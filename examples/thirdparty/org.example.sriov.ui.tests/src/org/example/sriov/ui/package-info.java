/** Tests of the SR-IOV view, in its bundle's package (a fragment) so they can read the panel's charts. */
package org.example.sriov.ui;
