"""What happens when a workflow's last step approves (settings WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this while it defines its own models, so it imports none of them.
"""


def publish_approved(workflow_state, user=None):
    """Publish, or schedule for its go-live date, what the last step approved. The approval is
    the permission: the approver's groups need not be able to publish the page directly, which
    for notices and policy texts nobody but a superuser can (core/review.py)."""
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
