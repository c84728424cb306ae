/**
 * Files written safely: every output goes to a temporary file in the target's directory and is renamed into place,
 * so a full disk, a kill or a concurrent run leaves the old file or the new one, never a truncated one; output paths
 * are checked before any computation starts.
 */
package dlnkit.io;
