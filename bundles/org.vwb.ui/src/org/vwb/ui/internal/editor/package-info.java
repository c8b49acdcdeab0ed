/**
 * The configuration editor: a JFace tree over the generated EMF.Edit item providers (emf.edit.ui is not on
 * Maven Central, so the content and label providers are these small adapters), the properties table that edits
 * through EMF commands, and the problems list with the validator's and importer's messages.
 */
package org.vwb.ui.internal.editor;
