package nl.wegwijs.portal.measure;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The measured application's heap and Tomcat's session manager, over JMX through the attach API (the
 * local management agent, no port opened).
 */
final class ServerHeap implements AutoCloseable {

    private final JMXConnector connector;
    private final MBeanServerConnection server;
    private final MemoryMXBean memory;
    private final ObjectName manager;

    private ServerHeap(JMXConnector connector) throws Exception {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        Set<ObjectName> managers = server.queryNames(new ObjectName("Tomcat:type=Manager,*"), null);
        if (managers.size() != 1) throw new IllegalStateException("expected one Tomcat session manager, found " + managers);
        this.manager = managers.iterator().next();
    }

    static ServerHeap attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            return new ServerHeap(JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent())));
        } finally {
            vm.detach();
        }
    }

    /** Live heap: the lowest "used" over a few full collections (System.gc() is a full GC with G1). */
    long liveBytesAfterGc() throws InterruptedException {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(500);
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }

    int activeSessions() throws Exception {
        return ((Number) server.getAttribute(manager, "activeSessions")).intValue();
    }

    /** Ends every session now, as their expiry would, so a baseline starts from zero sessions. */
    void expireAllSessions() throws Exception {
        String ids = (String) server.invoke(manager, "listSessionIds", null, null);
        for (String id : ids.trim().split("\\s+")) {
            if (!id.isEmpty()) server.invoke(manager, "expireSession", new Object[] {id}, new String[] {String.class.getName()});
        }
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
