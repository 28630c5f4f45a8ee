/** Long-running work (imports, index rebuilds) that editors can follow while it runs. */
@NullMarked
package nl.wegwijs.backend.tasks;

import org.jspecify.annotations.NullMarked;
