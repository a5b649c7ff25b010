"""The collection playbook: what to send to whom and when, and the digest's
content. Pure policy over snapshots, time passed in."""
