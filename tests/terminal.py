"""Run a command on a real pseudo-terminal, as a user at a terminal would, and return what
it showed there (progress bars and colours only appear on a terminal)."""

import fcntl
import os
import pty
import struct
import subprocess
import termios


def run_on_terminal(command: list[str], env: dict | None = None, columns: int = 120) -> tuple[int, str]:
    """(exit status, everything written to the terminal) of a finished command."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    with subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, env=env) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closes when the process exits
                break
            if not chunk:
                break
            chunks.append(chunk)
    os.close(leader)
    return process.returncode, b"".join(chunks).decode("utf-8", "replace")
