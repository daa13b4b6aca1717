"""What happens when a workflow's last step approves (settings WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports this while it defines its own models, so it imports none of them.
"""

import logging

logger = logging.getLogger(__name__)

APPROVED = "approved"  # TaskState.STATUS_APPROVED


def publish_approved(workflow_state, user=None):
    """Publish, or schedule for its go-live date, what the last step approved. The approval is
    the permission: the approver's groups need not be able to publish the page directly, which
    for notices and policy texts nobody but a superuser can (core/review.py).

    A page that needs a review of several steps (`review_steps`) is left a draft if fewer of
    its steps approved it: a step switched off while it was under review does not shorten it.
    """
    page = workflow_state.content_object
    needed = getattr(page.specific_class, "review_steps", 1)
    approved = workflow_state.task_states.filter(status=APPROVED).values("task").distinct().count()
    if approved < needed:
        logger.warning("Not published: %r was approved in %d of the %d steps its review needs.", page, approved, needed)
        return
    page.get_latest_revision().publish(user=user, skip_permission_checks=True)
