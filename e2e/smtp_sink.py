"""An SMTP server on loopback (aiosmtpd handler) keeping every message, in arrival order."""
import email
import email.policy
import threading


class Sink:
    """Messages as (recipient, raw bytes), one per recipient of each envelope."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.messages.append((rcpt.lower(), envelope.content))
        return "250 OK"

    def since(self, index):
        with self.lock:
            return self.messages[index:]

    def to(self, address):
        with self.lock:
            return [email.message_from_bytes(c, policy=email.policy.default) for r, c in self.messages if r == address]


def subject(raw: bytes) -> str:
    """The decoded Subject of a raw message (the notices encode Chinese subjects, RFC 2047)."""
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"] or "")
