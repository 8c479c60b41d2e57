// The ribbon button only opens the task pane (ShowTaskpane), so the command page just initialises Office.
if (typeof Office !== 'undefined') void Office.onReady();
