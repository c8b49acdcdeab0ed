/**
 * Tests of the plugin API bundle: the house rule that plugins build against the API alone, checked both in their
 * manifests and in the wiring of the running framework.
 */
package org.vwb.core.api.tests;
