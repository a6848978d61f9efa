// SPDX-License-Identifier: MIT
#pragma once

namespace sd {

/// Ids of mergeable undo commands, in one place so they never collide.
enum UndoCommandId {
    CmdSetProperty = 1,
    CmdRename,
    CmdSetConnection,
    CmdSetDesignInfo,
    CmdSetAnswer,
};

} // namespace sd
