/** Tests of the vwb model: loading, saving and validating real and deliberately broken .vwb files. */
package org.vwb.model.tests;
