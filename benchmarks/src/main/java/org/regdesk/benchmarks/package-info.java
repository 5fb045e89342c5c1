/** Benchmarks of the sandbox, the client and the desk. Results go to docs/benchmarks.md. */
package org.regdesk.benchmarks;
